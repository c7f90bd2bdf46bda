/** Joint tasks between departments without a shared server (issue 14, ADR 0038): the 联合检查总表 as .xlsx. */
@NullMarked
package cn.suiji.joint.render;

import org.jspecify.annotations.NullMarked;
