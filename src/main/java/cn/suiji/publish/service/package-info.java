/** Publication of results: the deadlines view's and the home page's figures, computed on the working-day calendar. */
@NullMarked
package cn.suiji.publish.service;

import org.jspecify.annotations.NullMarked;
