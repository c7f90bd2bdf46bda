/** The statistics workbook (.xlsx, one sheet per grouping). */
@NullMarked
package cn.suiji.report.render;

import org.jspecify.annotations.NullMarked;
