using LeadIntel.Workflows.Analytics;
using LeadIntel.Workflows.Archive;
using LeadIntel.Workflows.Api;
using LeadIntel.Workflows.Exports;
using LeadIntel.Workflows.Leads;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Workflows.Hosting;

/// <summary>Registrations of the data features (analytics, exports, archival) shared by both hosts.</summary>
public static class DataServices
{
    public static IServiceCollection AddLeadIntelData(this IServiceCollection services)
    {
        services.AddOptions<AnalyticsOptions>().BindConfiguration(AnalyticsOptions.Section)
            .Validate(o => o.MaxSpanDays >= 1 && o.WriteConcurrency >= 1 && o.MaxWriteAttempts >= 1, "LeadIntel:Analytics limits must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<AnalyticsTable>();
        services.AddSingleton<AnalyticsReader>();
        services.AddSingleton<CampaignLeadReader>();
        services.AddSingleton<AnalyticsRequestReader>();
        services.AddSingleton<AnalyticsQueries>();
        services.AddSingleton<LeadExportSource>();
        services.AddSingleton<LeadExporter>();
        services.AddSingleton<ExportQueries>();
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.Section)
            .Validate(o => o.ArchiveAfterDays >= 1 && o.RetentionDays >= o.ArchiveAfterDays && o.IntervalMinutes >= 1 && o.PageSize is >= 1 and <= 1000 && o.HotDeleteGraceSeconds >= 0,
                "LeadIntel:Archive: ArchiveAfterDays and IntervalMinutes at least 1, RetentionDays at least ArchiveAfterDays, PageSize 1–1000.")
            .ValidateOnStart();
        services.AddSingleton<ArchiveTable>();
        services.AddSingleton<ArchiveStore>();
        services.AddSingleton<ArchiveRestorer>();
        services.AddSingleton<ArchiveCommands>();
        services.AddHostedService<DataStorageBootstrap>();
        return services;
    }
}
