using LeadIntel.Workflows.Analytics;
using LeadIntel.Workflows.Api;
using LeadIntel.Workflows.Exports;
using LeadIntel.Workflows.Leads;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Workflows.Hosting;

/// <summary>Registrations of the data features (analytics, exports) shared by both hosts.</summary>
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
        services.AddHostedService<DataStorageBootstrap>();
        return services;
    }
}
