/** Annual plans and their tasks: the ui layer. */
@NullMarked
package cn.suiji.plan.ui;

import org.jspecify.annotations.NullMarked;
