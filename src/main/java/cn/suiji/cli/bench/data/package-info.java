/**
 * The benchmarks' own writes under the product's repositories: synthetic targets inserted
 * straight into the schema, for the floors the import and the search are measured against.
 * A {@code data} package, so it may use the generated tables; nothing of the product uses it.
 */
@NullMarked
package cn.suiji.cli.bench.data;

import org.jspecify.annotations.NullMarked;
