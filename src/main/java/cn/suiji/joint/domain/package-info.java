/** Joint tasks between departments without a shared server (issue 14, ADR 0038): the domain layer. */
@NullMarked
package cn.suiji.joint.domain;

import org.jspecify.annotations.NullMarked;
