using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LeadIntel.PlatformReplicas;

/// <summary>
/// The Instagram replica: keyword search for signed-in visitors (the <c>sessionid</c> cookie; anyone else
/// goes to the login page) and public profiles that carry their data as embedded JSON, business contact
/// fields included, the way the real page embeds its profile query result.
/// </summary>
internal static class InstagramReplica
{
    private const string Folder = "instagram/";

    public static void Map(IEndpointRouteBuilder app, string prefix)
    {
        var ig = prefix + ReplicaBasePaths.Instagram;
        string Login(string next) => $"{ig}/accounts/login/?next={Uri.EscapeDataString(next)}";
        PlatformReplicaEndpoints.MapStatic(app, ig + "/_/static/{file}", Folder);
        PlatformReplicaEndpoints.MapPage(app, ig + "/accounts/login/", Folder + "login.html", ig);
        PlatformReplicaEndpoints.MapSignedInPage(app, ig + "/explore/search/keyword/", Folder + "search.html", ig, "sessionid", Login);
        app.MapGet(ig + "/{username}/", (string username) =>
            Results.Content(ReplicaFiles.ReadText(Folder + "profile.html", ig)!.Replace("%PROFILE_JSON%", ProfileJson(username), StringComparison.Ordinal), ReplicaFiles.ContentType(".html")));
    }

    /// <summary>The profile query result as the page embeds it (<c>require → ScheduledServerJS → RelayPrefetchedStreamCache</c>).</summary>
    private static string ProfileJson(string username)
    {
        var accounts = JsonNode.Parse(ReplicaFiles.ReadText(Folder + "accounts.json", string.Empty)!)!["accounts"]!.AsArray();
        var a = accounts.FirstOrDefault(x => string.Equals((string?)x!["username"], username, StringComparison.OrdinalIgnoreCase));
        JsonObject? user = a is null ? null : new JsonObject
        {
            ["id"] = (17841400000000000L + accounts.IndexOf(a)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["username"] = (string?)a["username"],
            ["full_name"] = (string?)a["full_name"],
            ["biography"] = (string?)a["biography"],
            ["external_url"] = (string?)a["external_url"],
            ["is_business_account"] = true,
            ["business_category_name"] = (string?)a["category"],
            ["category_name"] = (string?)a["category"],
            ["business_contact_method"] = "CALL",
            ["business_email"] = (string?)a["business_email"],
            ["business_phone_number"] = (string?)a["business_phone_number"],
            ["business_address_json"] = a["address"]!.ToJsonString(),
            ["edge_followed_by"] = new JsonObject { ["count"] = (int)a["followers"]! },
            ["edge_follow"] = new JsonObject { ["count"] = (int)a["following"]! },
            ["edge_owner_to_timeline_media"] = new JsonObject { ["count"] = (int)a["posts"]!, ["edges"] = new JsonArray() },
        };
        var result = new JsonObject { ["__bbox"] = new JsonObject { ["complete"] = true, ["result"] = new JsonObject { ["data"] = new JsonObject { ["user"] = user } } } };
        var stream = new JsonArray("RelayPrefetchedStreamCache", "next", new JsonArray(), new JsonArray("adp_PolarisProfilePageContentQueryRelayPreloader_0", result));
        var handle = new JsonArray("ScheduledServerJS", "handle", null, new JsonArray(new JsonObject { ["__bbox"] = new JsonObject { ["require"] = new JsonArray(stream) } }));
        // The default encoder escapes '<' and '>', so the JSON cannot close the script element it sits in.
        return new JsonObject { ["require"] = new JsonArray(handle) }.ToJsonString(new JsonSerializerOptions());
    }
}
