/** Annual plans and their tasks. */
@NullMarked
package cn.suiji.plan.domain;

import org.jspecify.annotations.NullMarked;
