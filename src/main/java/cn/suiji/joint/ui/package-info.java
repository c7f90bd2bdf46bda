/** Joint tasks between departments without a shared server (issue 14, ADR 0038): the 联合抽查 screen. */
@NullMarked
package cn.suiji.joint.ui;

import org.jspecify.annotations.NullMarked;
