/**
 * The import screen for every kind of table (targets, inspectors, items, recusals, plan tasks):
 * choose a file, check and correct the column mapping (remembered per header), preview, then
 * commit — through the {@link cn.suiji.shared.imports.TableImporter} each feature registers. Its
 * own feature since issue 17 §5: it belongs to no one directory.
 */
@org.jspecify.annotations.NullMarked
package cn.suiji.imports.ui;
