using Grpc.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LeadIntel.Workflows.Api;

/// <summary>
/// Answers an unhandled error as problem+json and logs it. An engine that cannot be reached for the moment
/// (the worker reconnecting after a restart) is a 503 the caller may retry; anything else is a 500.
/// </summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var unavailable = exception is RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded } or Azure.RequestFailedException { Status: 503 or 500 };
        LogFailure(logger, httpContext.Request.Method, httpContext.Request.Path, exception);
        var result = Results.Problem(
            statusCode: unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            title: unavailable ? "Temporarily unavailable" : "Internal error",
            detail: unavailable ? "The engine or storage did not answer; try again shortly." : "The request failed; the server log has the details.");
        await result.ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} {Path} failed")]
    private static partial void LogFailure(ILogger logger, string method, string path, Exception exception);
}
