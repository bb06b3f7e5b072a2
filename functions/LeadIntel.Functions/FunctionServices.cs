using LeadIntel.Workflows.Activities;
using LeadIntel.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LeadIntel.Functions;

/// <summary>The Functions app's registrations: the shared Workflows services plus the activities the wrappers resolve.</summary>
public static class FunctionServices
{
    public static IServiceCollection AddLeadIntelFunctions(this IServiceCollection services)
    {
        services.AddLeadIntelWorkflows();
        services.AddTransient<DiscoverListingsActivity>();
        services.AddTransient<ProcessListingBatchActivity>();
        services.AddTransient<MergeLeadsActivity>();
        services.AddTransient<RequestBrowserJobActivity>();
        services.AddTransient<RecordAnalyticsActivity>();
        services.AddTransient<FindArchiveCandidatesActivity>();
        services.AddTransient<WriteArchiveActivity>();
        services.AddTransient<VerifyArchiveActivity>();
        services.AddTransient<DeleteHotLeadsActivity>();
        services.AddTransient<PurgeExpiredArchivesActivity>();
        return services;
    }
}
