/** Annual plans and their tasks: the render layer. */
@NullMarked
package cn.suiji.plan.render;

import org.jspecify.annotations.NullMarked;
