package cn.suiji.home.domain;

import java.time.LocalDate;

/** A task whose window has not ended yet. */
public record UpcomingTask(String code, String name, String leadDepartment, LocalDate start, LocalDate end) {}
