package cn.suiji.plan.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** 年度抽查工作计划: one per department and year, holding that department's tasks. */
public record AnnualPlan(long id, String departmentCode, String departmentName, int year, String title,
    @Nullable LocalDate filedDate, @Nullable LocalDate publishedDate) {}
