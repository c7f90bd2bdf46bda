/** Joint tasks between departments without a shared server (issue 14, ADR 0038): the remote layer. */
@NullMarked
package cn.suiji.joint.remote;

import org.jspecify.annotations.NullMarked;
