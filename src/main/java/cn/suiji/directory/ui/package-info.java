/** The directory screens: the target directory (检查对象名录库) with its search, pages and export. */
@NullMarked
package cn.suiji.directory.ui;

import org.jspecify.annotations.NullMarked;
