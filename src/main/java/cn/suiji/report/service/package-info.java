/** Statistics and early warning of a year, for the 统计分析 screen and {@code suiji report stats}. */
@NullMarked
package cn.suiji.report.service;

import org.jspecify.annotations.NullMarked;
