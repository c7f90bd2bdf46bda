/** The application: entry point, composition root, main window. */
@NullMarked
package cn.suiji.app;

import org.jspecify.annotations.NullMarked;
