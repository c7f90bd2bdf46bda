/** jOOQ access to the stored calendar. */
@NullMarked
package cn.suiji.shared.time.data;

import org.jspecify.annotations.NullMarked;
