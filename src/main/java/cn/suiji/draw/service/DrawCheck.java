package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.Verification;

/** The result of re-checking one stored draw. */
public record DrawCheck(DrawSummary draw, Verification verification) {}
