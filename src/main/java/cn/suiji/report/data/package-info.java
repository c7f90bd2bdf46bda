/** The statistics' GROUP BY queries over the plan, draw, inspection and publication tables (ADR 0026). */
@NullMarked
package cn.suiji.report.data;

import org.jspecify.annotations.NullMarked;
