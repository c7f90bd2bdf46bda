/** Joint tasks between departments without a shared server (issue 14, ADR 0038): the data layer. */
@NullMarked
package cn.suiji.joint.data;

import org.jspecify.annotations.NullMarked;
