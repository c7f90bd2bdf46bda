/**
 * 全程留痕: the append-only audit log whose entries chain by SHA-256, so an entry edited or
 * deleted behind the application's back is found by walking the chain.
 */
@NullMarked
package cn.suiji.shared.audit;

import org.jspecify.annotations.NullMarked;
