/** The 统计分析 screen: a year's statistics as a table and charts, the early-warning lists, the export. */
@NullMarked
package cn.suiji.report.ui;

import org.jspecify.annotations.NullMarked;
