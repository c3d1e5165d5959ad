using Marketplace.Catalog;
using Marketplace.Ordering;
using Marketplace.Payments;
using Marketplace.Vendors;
using Marketplace.Web.Accounts;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Infrastructure.Database;
using Marketplace.Web.Infrastructure.Files;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Notices;
using Marketplace.Web.Infrastructure.Observability;

// "migrate": the release step. It brings the database up to date (migrations, roles, and the
// demo data where it is on) and exits, before the instances of a new release start.
// "copy-files": copies the disk store's files into the object store, once, when moving to it.
var command = args is [("migrate" or "copy-files") and var name, ..] ? name : null;
var builder = WebApplication.CreateBuilder(command is null ? args : args[1..]);

builder.Services
    .AddMarketplaceDatabase(builder.Configuration)
    .AddMarketplaceMediator()
    .AddMarketplaceLocalization()
    .AddMarketplaceAccounts()
    .AddSharedKeys(builder.Configuration)
    .AddMarketplaceWeb(builder.Configuration, builder.Environment)
    .AddMarketplaceTelemetry(builder.Configuration)
    .AddVendorsModule()
    .AddCatalogModule()
    .AddOrderingModule()
    .AddPaymentsModule();

var app = builder.Build();

switch (command)
{
    case "migrate":
        await app.MigrateDatabaseAsync();
        return 0;
    case "copy-files":
        return await FileStoreCopy.CopyDiskToObjectStoreAsync(app.Services, Console.Out, CancellationToken.None);
}

await app.PrepareDatabaseAsync();

app.UseMetricsPort();
app.UseMarketplaceWeb();

var api = app.MapGroup("/api/v1");
api.MapAccountsApi();
api.MapVendorsModule();
api.MapCatalogModule();
api.MapOrderingModule();
api.MapPaymentsModule();
api.MapNoticeWebhooks();
app.MapCatalogSite();
app.MapMarketplacePages();

await app.RunAsync();
return 0;

/// <summary>Public so that the tests' WebApplicationFactory can start the real host.</summary>
public partial class Program;
