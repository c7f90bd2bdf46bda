/**
 * What every table import shares, whatever it imports (targets, inspectors, items, recusals,
 * plan tasks): the {@link cn.suiji.shared.imports.TableImporter} contract the import screen and
 * {@code suiji import KIND} call, the {@link cn.suiji.shared.imports.ImportSummary} they show, and
 * {@link cn.suiji.shared.imports.ImportTally}, which counts the outcomes and writes the report.
 */
@NullMarked
package cn.suiji.shared.imports;

import org.jspecify.annotations.NullMarked;
