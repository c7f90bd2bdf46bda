/** The home page. */
@NullMarked
package cn.suiji.home.ui;

import org.jspecify.annotations.NullMarked;
