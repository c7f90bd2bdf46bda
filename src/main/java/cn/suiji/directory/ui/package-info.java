/**
 * The directory screens: the target directory (检查对象名录库) with its search, pages and export,
 * and the import screen (导入) that runs every kind's {@link cn.suiji.shared.imports.TableImporter}.
 */
@NullMarked
package cn.suiji.directory.ui;

import org.jspecify.annotations.NullMarked;
