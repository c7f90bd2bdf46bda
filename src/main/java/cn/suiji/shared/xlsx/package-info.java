/**
 * The spreadsheet layer under the directory's imports and exports: streaming reading of messy
 * .xlsx and .csv files ({@link cn.suiji.shared.xlsx.TableReader}), finding the header row
 * ({@link cn.suiji.shared.xlsx.HeaderMatcher}), parsing cell text ({@link cn.suiji.shared.xlsx.Cells})
 * and writing .xlsx/.csv that Excel never evaluates ({@link cn.suiji.shared.xlsx.XlsxWriter},
 * {@link cn.suiji.shared.xlsx.CsvWriter}; {@link cn.suiji.shared.xlsx.TextWorkbookWriter} for text
 * sheets of hundreds of thousands of rows, written as their XML). Hostile files end in a {@code xlsx.error.*} refusal.
 */
@NullMarked
package cn.suiji.shared.xlsx;

import org.jspecify.annotations.NullMarked;
