/** Annual plans and their tasks: the data layer. */
@NullMarked
package cn.suiji.plan.data;

import org.jspecify.annotations.NullMarked;
