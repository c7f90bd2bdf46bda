/** Statistics and early warning (统计分析, 预警): the figures of a year as pure records and rules. */
@NullMarked
package cn.suiji.report.domain;

import org.jspecify.annotations.NullMarked;
