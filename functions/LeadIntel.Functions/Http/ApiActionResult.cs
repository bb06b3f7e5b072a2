using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LeadIntel.Functions.Http;

/// <summary>Runs a minimal-API <see cref="IResult"/> as the <see cref="IActionResult"/> the Functions ASP.NET Core integration returns.</summary>
public sealed class ApiActionResult(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
