/** The provincial exchange (issue 14): the 同步 screen. */
@NullMarked
package cn.suiji.exchange.ui;

import org.jspecify.annotations.NullMarked;
