using Marketplace.Catalog;
using Marketplace.Ordering;
using Marketplace.Payments;
using Marketplace.Vendors;
using Marketplace.Web.Accounts;
using Marketplace.Web.Infrastructure;
using Marketplace.Web.Infrastructure.Database;
using Marketplace.Web.Infrastructure.Localization;

// "migrate": the release step. It brings the database up to date (migrations, roles, and the
// demo data where it is on) and exits, before the instances of a new release start.
var migrateOnly = args is ["migrate", ..];
var builder = WebApplication.CreateBuilder(migrateOnly ? args[1..] : args);

builder.Services
    .AddMarketplaceDatabase(builder.Configuration)
    .AddMarketplaceMediator()
    .AddMarketplaceLocalization()
    .AddMarketplaceAccounts()
    .AddSharedKeys(builder.Configuration)
    .AddMarketplaceWeb(builder.Configuration, builder.Environment)
    .AddVendorsModule()
    .AddCatalogModule()
    .AddOrderingModule()
    .AddPaymentsModule();

var app = builder.Build();

if (migrateOnly)
{
    await app.MigrateDatabaseAsync();
    return;
}

await app.PrepareDatabaseAsync();

app.UseMarketplaceWeb();

var api = app.MapGroup("/api/v1");
api.MapAccountsApi();
api.MapVendorsModule();
api.MapCatalogModule();
api.MapOrderingModule();
api.MapPaymentsModule();
app.MapMarketplacePages();

await app.RunAsync();

/// <summary>Public so that the tests' WebApplicationFactory can start the real host.</summary>
public partial class Program;
