/** Screens of the draw: the draw wizard and the list of stored draws with 复核. */
@NullMarked
package cn.suiji.draw.ui;

import org.jspecify.annotations.NullMarked;
