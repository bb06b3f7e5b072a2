using System.Reflection;
using LeadIntel.Functions.Http;
using LeadIntel.Workflows.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace LeadIntel.Functions.Tests;

/// <summary>The Functions app exposes every orchestrator, activity and API route of the local host, under the same names.</summary>
public class FunctionCatalogTests
{
    private static readonly IReadOnlyList<MethodInfo> Functions = typeof(ApiFunctions).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
        .ToList();

    private static string NameOf(MethodInfo method) => method.GetCustomAttribute<FunctionAttribute>()!.Name;

    private static bool Has<TTrigger>(MethodInfo method) where TTrigger : Attribute =>
        method.GetParameters().Any(p => p.GetCustomAttribute<TTrigger>() is not null);

    [Fact]
    public void Every_workflow_orchestrator_and_activity_has_a_function_of_its_name()
    {
        // The Bench tasks measure the local engine only; they are not part of the deployed app.
        var tasks = typeof(WorkflowTasks).Assembly.GetTypes().Where(t => !t.IsAbstract && t.Namespace != "LeadIntel.Workflows.Bench").ToList();
        var orchestrators = tasks.Where(t => IsSubclassOfGeneric(t, typeof(TaskOrchestrator<,>))).Select(t => t.Name).Order().ToList();
        var activities = tasks.Where(t => IsSubclassOfGeneric(t, typeof(TaskActivity<,>))).Select(t => t.Name).Order().ToList();

        Assert.Equal(["ArchiveOrchestrator", "CampaignOrchestrator", "SearchOrchestrator"], orchestrators);
        Assert.Equal(orchestrators, Functions.Where(Has<OrchestrationTriggerAttribute>).Select(NameOf).Order());
        Assert.Equal(10, activities.Count);
        Assert.Equal(activities, Functions.Where(Has<ActivityTriggerAttribute>).Select(NameOf).Order());
    }

    [Fact]
    public void The_http_api_routes_match_the_local_host()
    {
        var routes = Functions
            .Select(m => m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null))
            .Where(a => a is not null)
            .Select(a => $"{string.Join(",", a!.Methods!).ToUpperInvariant()} {a.Route}")
            .Order()
            .ToList();

        Assert.Equal(
        [
            "GET analytics/categories", "GET analytics/compare", "GET analytics/layers", "GET analytics/phone-types", "GET analytics/platforms",
            "GET analytics/regions", "GET analytics/summary", "GET analytics/timeline",
            "GET campaigns", "GET campaigns/{id}", "GET campaigns/{id}/leads", "GET exports", "GET health", "GET metrics",
            "POST archive/restore", "POST campaigns", "POST campaigns/{id}/pause", "POST campaigns/{id}/resume", "POST campaigns/{id}/stop", "POST scraper/start",
        ], routes);
        // The campaign routes drive orchestrations; the data routes read storage only.
        Assert.All(Functions.Where(m => Has<HttpTriggerAttribute>(m) && m.DeclaringType == typeof(ApiFunctions)), m => Assert.True(
            m.GetParameters().Any(p => p.GetCustomAttribute<DurableClientAttribute>() is not null), $"{NameOf(m)} binds a durable client"));
    }

    [Fact]
    public void A_timer_keeps_the_eternal_archive_orchestration_scheduled()
    {
        var starter = Assert.Single(Functions.Concat(typeof(ApiFunctions).Assembly.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)), Has<TimerTriggerAttribute>);
        Assert.True(starter.GetParameters().Single(p => p.GetCustomAttribute<TimerTriggerAttribute>() is not null).GetCustomAttribute<TimerTriggerAttribute>()!.RunOnStartup);
    }

    [Fact]
    public void Function_names_are_unique()
    {
        var names = Functions.Select(NameOf).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    private static bool IsSubclassOfGeneric(Type type, Type generic)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == generic)
            {
                return true;
            }
        }

        return false;
    }
}
