using Microsoft.AspNetCore.Builder;

namespace LeadIntel.Workflows.Hosting;

/// <summary>
/// A part of <c>leadintel up</c> hosted in the stack's app beside the workflows (the browser worker, the
/// platform replicas). The host that knows it passes it in <see cref="LocalStackOptions.Modules"/>, so this
/// project references neither Playwright nor the worker.
/// </summary>
public interface ILocalStackModule
{
    /// <summary>
    /// Adds services and configuration. Runs after the workflows' registrations, with the storage connection
    /// string already under <c>LeadIntel:Storage:ConnectionString</c>.
    /// </summary>
    /// <param name="origin">Where the app will listen, e.g. <c>http://127.0.0.1:7071/</c>.</param>
    void ConfigureServices(WebApplicationBuilder builder, Uri origin);

    /// <summary>Maps the module's endpoints on the built app, before it starts.</summary>
    void MapEndpoints(WebApplication app);
}
