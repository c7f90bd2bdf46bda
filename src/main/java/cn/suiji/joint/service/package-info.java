/** Joint tasks between departments without a shared server (issue 14, ADR 0038): the service layer. */
@NullMarked
package cn.suiji.joint.service;

import org.jspecify.annotations.NullMarked;
