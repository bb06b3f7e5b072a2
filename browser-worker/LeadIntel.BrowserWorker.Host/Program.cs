using LeadIntel.BrowserWorker.Hosting;

// The browser worker's container: takes browser jobs from the storage queue and hosts the live hub.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddLeadIntelBrowserWorker(builder.Configuration);
builder.Services.AddBrowserJobQueue(builder.Configuration);

var app = builder.Build();
app.MapLeadIntelLive();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
