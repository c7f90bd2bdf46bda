/**
 * The only place that touches threads: background work with progress and cancel, and the
 * hand-back to the FX thread. Tests swap in {@link SameThreadTaskExecutor}.
 */
@NullMarked
package cn.suiji.shared.ui.concurrent;

import org.jspecify.annotations.NullMarked;
