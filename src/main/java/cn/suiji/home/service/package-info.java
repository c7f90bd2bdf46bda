/** The home page's figures and upcoming deadlines. */
@NullMarked
package cn.suiji.home.service;

import org.jspecify.annotations.NullMarked;
