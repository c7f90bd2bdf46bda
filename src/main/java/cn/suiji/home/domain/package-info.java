/** The home page values. */
@NullMarked
package cn.suiji.home.domain;

import org.jspecify.annotations.NullMarked;
