/**
 * The outbox seam (issue 14): features that change what the provincial platform must learn add
 * an entry in their own transaction; the {@code exchange} feature implements it and sends it.
 */
@NullMarked
package cn.suiji.shared.outbox;

import org.jspecify.annotations.NullMarked;
