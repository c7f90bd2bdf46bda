/**
 * Work split across two threads inside one synchronous call: the call starts its helper and
 * waits for it before it returns, so callers (and tests) see no background job. Background jobs
 * of the screens go through {@code cn.suiji.shared.ui.concurrent} instead.
 */
@NullMarked
package cn.suiji.shared.concurrent;

import org.jspecify.annotations.NullMarked;
