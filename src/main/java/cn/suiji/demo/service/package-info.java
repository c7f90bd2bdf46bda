/** The demo use case: fill an empty database (or, when asked, replace its county) with the demo county. */
@NullMarked
package cn.suiji.demo.service;

import org.jspecify.annotations.NullMarked;
