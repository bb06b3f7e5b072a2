using Microsoft.AspNetCore.Http;

namespace LeadIntel.Workflows.Api;

/// <summary>The API's errors as RFC 9457 problem+json; a 400 names the offending field.</summary>
public static class ApiProblems
{
    public static IResult BadRequest(string field, string detail) => Results.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid request",
        detail: detail,
        extensions: new Dictionary<string, object?> { ["field"] = field });

    public static IResult NotFound(string id) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Campaign not found",
        detail: $"No campaign '{id}' for this user.");

    // The campaign's state goes under its own name: problem+json already has a numeric `status` member.
    public static IResult Conflict(string id, string status, string action) => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Illegal state change",
        detail: $"Campaign '{id}' is {status}: it cannot be {action}.",
        extensions: new Dictionary<string, object?> { ["campaign_status"] = status });
}
