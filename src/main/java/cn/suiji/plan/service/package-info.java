/** Annual plans and their tasks: the service layer. */
@NullMarked
package cn.suiji.plan.service;

import org.jspecify.annotations.NullMarked;
