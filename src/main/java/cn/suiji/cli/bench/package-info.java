/** The child processes of {@code suiji bench}: each measures one thing in its own JVM and prints one line. */
@NullMarked
package cn.suiji.cli.bench;

import org.jspecify.annotations.NullMarked;
