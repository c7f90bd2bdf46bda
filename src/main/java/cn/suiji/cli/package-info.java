/** The command line: the same services as the GUI, no display. */
@NullMarked
package cn.suiji.cli;

import org.jspecify.annotations.NullMarked;
