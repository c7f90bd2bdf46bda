/** What every feature shares: the application's exception and progress reporting. */
@NullMarked
package cn.suiji.shared;

import org.jspecify.annotations.NullMarked;
